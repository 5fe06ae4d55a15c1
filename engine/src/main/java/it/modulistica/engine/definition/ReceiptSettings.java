package it.modulistica.engine.definition;

import java.util.List;

/** Which fields of the data hold the addresses the receipt e-mail goes to (JSON pointers). */
public record ReceiptSettings(List<String> recipientFields) {

    public static final ReceiptSettings OWNER_ONLY = new ReceiptSettings(List.of());

    public ReceiptSettings {
        recipientFields = List.copyOf(recipientFields);
    }
}
