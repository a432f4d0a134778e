-- The rollups now follow one ResponseBatchSubmitted event per group commit instead of one ResponseSubmitted event per
-- response (V12). Publications for the old per-response listener that were not completed when the previous version
-- stopped would find no listener on restart; they become batches of one for the new listener, so those responses
-- are still counted (exactly once: the listener skips responses already in metric_applied).
update event_publication
set listener_id = 'io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseBatchSubmitted)',
    event_type = 'io.peakxm.response.ResponseBatchSubmitted',
    serialized_event = '{"responses":[' || serialized_event || ']}'
where completion_date is null
  and listener_id = 'io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseSubmitted)';
