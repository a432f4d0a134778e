-- A group commit publishes one event for its whole batch (ResponseBatchSubmitted): up to a few hundred responses,
-- far more than 4000 characters serialized.
alter table event_publication alter column serialized_event set data type text;
