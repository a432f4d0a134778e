-- Topics a person put on or took off items by hand (bulk re-tag in the inbox). Re-tagging by the topics' rules
-- keeps them: an item's topics are what the rules match, plus these with tagged = true, minus those with false.
create table feedback_topic_override (
    item_id      bigint not null references feedback_item (id) on delete cascade,
    topic_id     bigint not null references feedback_topic (id) on delete cascade,
    workspace_id bigint not null,
    tagged       boolean not null,
    set_by       bigint not null,
    set_at       timestamp with time zone not null,
    primary key (item_id, topic_id)
);

create index ix_feedback_topic_override_topic on feedback_topic_override (workspace_id, topic_id);
