-- The category catalogue admins run: an icon and a colour for each category (from the fixed lists
-- of the application), and the category of a module when an admin moved it from the one its
-- definition names (x-module.category).
ALTER TABLE category ADD COLUMN icon VARCHAR(40) NOT NULL DEFAULT 'it-folder';
ALTER TABLE category ADD COLUMN colour VARCHAR(20) NOT NULL DEFAULT 'primary';

CREATE TABLE form_category (
    form_code     VARCHAR(100)             NOT NULL PRIMARY KEY,
    category_code VARCHAR(64)              NOT NULL REFERENCES category (code),
    assigned_by   VARCHAR(100)             NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX form_category_category_idx ON form_category (category_code);
