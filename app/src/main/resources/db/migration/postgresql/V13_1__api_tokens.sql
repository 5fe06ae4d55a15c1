-- Personal API tokens (Bearer) and service accounts. A token is shown once when issued; only the
-- SHA-256 of the whole token is stored, found by the random id the token begins with.

-- A service account is an account for a program (a registration target, a script): created by an
-- admin, it has no usable password and signs in only with its tokens.
ALTER TABLE app_user ADD COLUMN service_account BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE api_token (
    id            VARCHAR(16)              NOT NULL PRIMARY KEY,
    username      VARCHAR(100)             NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    name          VARCHAR(100)             NOT NULL,
    secret_sha256 CHAR(64)                 NOT NULL,
    -- A token limited to one module acts only on that module's instances (service accounts only).
    module_code   VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)             NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    VARCHAR(100)
);

CREATE INDEX api_token_username_idx ON api_token (username);
