package it.modulistica.engine.attachment;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF is parsed with Apache PDFBox, not recognised by its first bytes: it must load, have at least
 * one page, not be encrypted (the office could not read it, and nothing in it can be checked), and
 * hold nothing a viewer would run or unpack: JavaScript ({@code /JS}, {@code /JavaScript}), launch
 * actions, embedded files ({@code /EmbeddedFiles}, {@code /EF}) or rich media. Every object of the
 * file is looked at, those inside object streams too, so a script hidden in an annotation or an
 * outline item is found as well as one in the document's open action.
 */
final class PdfCheck {

    /** Why a PDF is refused: its violation code. */
    enum Refusal {
        NOT_A_PDF("fileContent"), ENCRYPTED("fileEncrypted"), ACTIVE_CONTENT("fileUnsafe");

        final String code;

        Refusal(String code) {
            this.code = code;
        }
    }

    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
            COSName.EF, COSName.getPDFName("RichMedia"), COSName.getPDFName("RichMediaContent"));
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));

    private PdfCheck() {
    }

    /** Empty when the content is a readable, unencrypted PDF with pages and no active content. */
    static Optional<Refusal> check(byte[] content) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            if (document.isEncrypted()) {
                return Optional.of(Refusal.ENCRYPTED);
            }
            if (document.getNumberOfPages() < 1) {
                return Optional.of(Refusal.NOT_A_PDF);
            }
            return active(document) ? Optional.of(Refusal.ACTIVE_CONTENT) : Optional.empty();
        } catch (InvalidPasswordException encrypted) {
            return Optional.of(Refusal.ENCRYPTED);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of(Refusal.NOT_A_PDF);
        }
    }

    private static boolean active(PDDocument document) {
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
            COSObject object = document.getDocument().getObjectFromPool(entry.getKey());
            if (object != null) {
                pending.push(object);
            }
        }
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase value = next instanceof COSObject reference ? reference.getObject() : next;
            if (value == null || seen.put(value, Boolean.TRUE) != null) {
                continue;
            }
            if (value instanceof COSDictionary dictionary) {
                COSName action = dictionary.getCOSName(COSName.S);
                if (dictionary.keySet().stream().anyMatch(ACTIVE_KEYS::contains)
                        || (action != null && ACTIVE_ACTIONS.contains(action))
                        || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
                    return true;
                }
                dictionary.getValues().forEach(pending::push);
            } else if (value instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return false;
    }
}
