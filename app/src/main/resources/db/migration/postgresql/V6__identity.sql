-- Organisations users act for, their memberships, and the person's names for prefilling modules.

ALTER TABLE app_user ADD COLUMN first_name VARCHAR(100);
ALTER TABLE app_user ADD COLUMN last_name VARCHAR(100);

-- A municipality's code is its ISTAT code (e.g. 004003 for Alba).
CREATE TABLE organisation (
    code           VARCHAR(20)  NOT NULL PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    codice_fiscale VARCHAR(11),
    pec            VARCHAR(320),
    CONSTRAINT organisation_kind_check CHECK (kind IN ('COMUNE', 'ALTRO'))
);

CREATE TABLE membership (
    username          VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    organisation_code VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    role              VARCHAR(30)  NOT NULL,
    PRIMARY KEY (username, organisation_code, role),
    CONSTRAINT membership_role_check CHECK (role IN ('LEGALE_RAPPRESENTANTE', 'FUNZIONARIO'))
);

CREATE INDEX membership_organisation_idx ON membership (organisation_code);

-- Sign-in lockout, shared by every node: consecutive failed passwords, and the end of a lock.
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
