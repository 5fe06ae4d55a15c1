package it.modulistica.app.servicepages;

import java.util.List;

/**
 * What a category's public page says beyond its name: for whom (audience) and what (description,
 * Markdown), in Italian and, where written, English; its access boxes, contacts and documents.
 */
public record ServicePage(String category, String audience, String audienceEn, String description,
        String descriptionEn, List<AccessBox> access, List<Contact> contacts, List<Document> documents) {
}
