package it.modulistica.engine.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whom the sender of an instance may call or write for help, as the office declared it when the
 * instance was sent: kept with the instance so that its receipt prints the same contacts ever after.
 *
 * @param kind    a phone number or an e-mail address
 * @param label   what it helps with, in Italian
 * @param labelEn the same in English, {@code null} or empty when the Italian serves both
 * @param address the phone number or e-mail address
 * @param hours   when a phone answers, {@code null} or empty when not said
 */
public record HelpContact(Kind kind, String label, String labelEn, String address, String hours) {

    /** A phone number or an e-mail address. */
    public enum Kind { PHONE, EMAIL }

    public HelpContact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(address, "address");
    }

    /** The contacts as stored in {@code instance.frozen_contacts}: {@code {"contacts": [...]}}. */
    static ObjectNode write(List<HelpContact> contacts) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("contacts");
        for (HelpContact contact : contacts) {
            ObjectNode item = list.addObject().put("kind", contact.kind().name()).put("label", contact.label())
                    .put("address", contact.address());
            if (contact.labelEn() != null && !contact.labelEn().isEmpty()) {
                item.put("labelEn", contact.labelEn());
            }
            if (contact.hours() != null && !contact.hours().isEmpty()) {
                item.put("hours", contact.hours());
            }
        }
        return root;
    }

    static List<HelpContact> read(ObjectNode stored) {
        List<HelpContact> contacts = new ArrayList<>();
        for (JsonNode item : stored.path("contacts")) {
            contacts.add(new HelpContact(Kind.valueOf(item.path("kind").asText()), item.path("label").asText(),
                    item.path("labelEn").asText(null), item.path("address").asText(), item.path("hours").asText(null)));
        }
        return List.copyOf(contacts);
    }
}
