package it.modulistica.app.mail;

import it.modulistica.engine.lifecycle.ReceiptOutbox;
import it.modulistica.engine.lifecycle.StoredDocument;
import java.util.Optional;
import java.util.UUID;

/**
 * The receipt PDF of an instance, to attach it as it is stored. The e-mail waits for the receipt
 * workers ({@link MailSettings#receiptWait()}); past that wait it prints and stores the receipt
 * itself, so a receipt e-mail never goes without its receipt.
 */
final class ReceiptDocuments {

    private final ReceiptOutbox receipts;

    ReceiptDocuments(ReceiptOutbox receipts) {
        this.receipts = receipts;
    }

    Optional<StoredDocument> receipt(UUID instanceId) {
        return receipts.obtain(instanceId);
    }

    /** Whether a receipt worker is yet to print the instance's receipt. */
    boolean awaitingPrint(UUID instanceId) {
        return receipts.awaitingPrint(instanceId);
    }
}
