package it.modulistica.engine.definition;

import java.util.List;

/**
 * Who the notices of the workflow's {@code notify-owner} effect go to ({@code x-module.notification}):
 * the addresses in the fields {@code recipientFields} of the instance's data (JSON pointers to e-mail
 * or PEC fields) and, unless {@code owner} is false, the e-mail of the owner's account.
 */
public record NotificationSettings(List<String> recipientFields, boolean owner) {

    /** Without {@code x-module.notification}: the owner's account only. */
    public static final NotificationSettings OWNER_ONLY = new NotificationSettings(List.of(), true);

    public NotificationSettings {
        recipientFields = List.copyOf(recipientFields);
    }
}
