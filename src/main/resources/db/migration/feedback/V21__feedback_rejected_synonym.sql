-- Words suggested as a touchpoint's keyword (learned synonyms) that a user rejected: never suggested again for it.
create table feedback_rejected_synonym (
    workspace_id  bigint not null references workspace (id),
    touchpoint_id bigint not null,
    phrase        varchar(60) not null,
    rejected_at   timestamp with time zone not null,
    primary key (workspace_id, touchpoint_id, phrase)
);
