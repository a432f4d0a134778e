-- Metrics module: rollups that dashboards read instead of responses. One row per (survey, dimension value,
-- question and matrix row or choice option, day, channel, language, touchpoint of the response) with the count,
-- sum and sum of squares of the numeric answers and a histogram of the integer answers 0..10. dim_name = '' holds
-- all responses; other rows repeat the figures per value of a configured hidden field (e.g. cabin). Choice
-- questions: row_key 'opt:<option>' counts the option, row_key '' counts the responses answering the question.

create table metric_rollup (
    workspace_id  bigint not null,
    survey_id     bigint not null,
    dim_name      varchar(40) not null,
    dim_value     varchar(200) not null,
    question_key  varchar(40) not null,
    row_key       varchar(50) not null,
    rollup_day    date not null,
    channel       varchar(20) not null,
    language      varchar(10) not null,
    touchpoint_id bigint not null,
    n             bigint not null,
    total         double precision not null,
    total_sq      double precision not null,
    h0 bigint not null, h1 bigint not null, h2 bigint not null, h3 bigint not null, h4 bigint not null,
    h5 bigint not null, h6 bigint not null, h7 bigint not null, h8 bigint not null, h9 bigint not null,
    h10 bigint not null,
    constraint pk_metric_rollup primary key (workspace_id, survey_id, dim_name, dim_value, question_key, row_key, rollup_day,
        channel, language, touchpoint_id)
);

-- Which responses are counted in the rollups (so a redelivered event is not counted twice).
create table metric_applied (
    response_id bigint primary key,
    survey_id   bigint not null
);

create index ix_metric_applied_survey on metric_applied (survey_id);

-- One row per survey, locked by every change to its rollups, so that additions, removals and rebuilds of one
-- survey happen one after the other.
create table metric_survey_lock (
    survey_id bigint primary key
);

-- Hidden fields of a survey that rollups break down by (few values each: cabin, travel type, store).
create table metric_dimension (
    workspace_id bigint not null references workspace (id),
    survey_id    bigint not null references survey (id),
    field_name   varchar(40) not null,
    primary key (survey_id, field_name)
);

-- The same figures without channel, language and touchpoint of the response (8 to 20 times fewer rows): what the
-- dashboards read when they are not filtered by one of those. Kept together with metric_rollup.
create table metric_rollup_day (
    workspace_id  bigint not null,
    survey_id     bigint not null,
    dim_name      varchar(40) not null,
    dim_value     varchar(200) not null,
    question_key  varchar(40) not null,
    row_key       varchar(50) not null,
    rollup_day    date not null,
    n             bigint not null,
    total         double precision not null,
    total_sq      double precision not null,
    h0 bigint not null, h1 bigint not null, h2 bigint not null, h3 bigint not null, h4 bigint not null,
    h5 bigint not null, h6 bigint not null, h7 bigint not null, h8 bigint not null, h9 bigint not null,
    h10 bigint not null,
    constraint pk_metric_rollup_day primary key (workspace_id, survey_id, dim_name, dim_value, question_key, row_key,
        rollup_day)
);
