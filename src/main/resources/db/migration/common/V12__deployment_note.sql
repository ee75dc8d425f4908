-- Who deployed what and why: one row per deployment made from /beheer or /api/beheer (the change note).
-- Deployments the app makes at start-up have no row.
CREATE TABLE deployment_note (
    deployment_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    deployed_by    VARCHAR(64)   NOT NULL,
    note           VARCHAR(2000) NOT NULL,
    deployed_at    TIMESTAMP     NOT NULL
);

-- Files checked and waiting for the coordinator's confirmation (after the what-if). In the database, not in the
-- HTTP session, so the confirmation may land on another node. Checked again on confirmation; removed after a day.
CREATE TABLE pending_deployment (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    note        VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_pending_deployment_created ON pending_deployment (created_at);

CREATE TABLE pending_deployment_file (
    pending_id  VARCHAR(36)   NOT NULL REFERENCES pending_deployment (id) ON DELETE CASCADE,
    file_no     INT           NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    content     BYTEA         NOT NULL,
    PRIMARY KEY (pending_id, file_no)
);
