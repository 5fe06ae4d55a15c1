-- Sign-in with CNS, SPID or CIE finds the account by codice fiscale: stored in upper case, indexed.
UPDATE app_user SET codice_fiscale = UPPER(codice_fiscale) WHERE codice_fiscale <> UPPER(codice_fiscale);

CREATE INDEX app_user_codice_fiscale_idx ON app_user (codice_fiscale);
