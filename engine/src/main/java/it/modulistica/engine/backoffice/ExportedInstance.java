package it.modulistica.engine.backoffice;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of an export: the instance as listed and the data it was sent with. */
public record ExportedInstance(OperatorSummary summary, ObjectNode data) {
}
