package it.modulistica.app.mail;

import it.modulistica.engine.lifecycle.ReceiptOutbox;
import it.modulistica.engine.lifecycle.StoredDocument;
import java.util.Optional;
import java.util.UUID;

/**
 * The receipt PDF of an instance, to attach it as it is stored: when no worker has printed it yet,
 * the e-mail prints and stores it itself, so a receipt e-mail never goes without its receipt.
 */
final class ReceiptDocuments {

    private final ReceiptOutbox receipts;

    ReceiptDocuments(ReceiptOutbox receipts) {
        this.receipts = receipts;
    }

    Optional<StoredDocument> receipt(UUID instanceId) {
        return receipts.obtain(instanceId);
    }
}
