package it.modulistica.engine.lifecycle;

/** Where an instance's receipt stands. */
public enum ReceiptStatus {
    /** No receipt is ordered: the instance is not sent, or its workflow prints none. */
    NONE,
    /** Ordered by the sending and not printed yet: pages say "Ricevuta in preparazione". */
    PREPARING,
    /** Printed and stored. */
    READY
}
