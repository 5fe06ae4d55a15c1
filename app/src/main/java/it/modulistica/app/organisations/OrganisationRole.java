package it.modulistica.app.organisations;

/** The role a user holds in an organisation; modules name it in {@code x-module.compilers.organisationRole}. */
public enum OrganisationRole {
    LEGALE_RAPPRESENTANTE,
    FUNZIONARIO
}
