-- The rollup listeners have explicit ids (RollupMaintainer.BATCH_LISTENER and IMPORT_LISTENER) instead of the ones
-- Spring derived from their class and method names, which the event publication registry stores with every
-- publication: renaming the class or a method would otherwise leave outstanding publications without a listener.
-- Publications not completed when the previous version stopped move to the new ids, so they are still delivered
-- after the upgrade. The stored names are listed in docs/metrics.md ("Stored names").
update event_publication
set listener_id = 'metrics.rollups.add-submitted'
where completion_date is null
  and listener_id = 'io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponseBatchSubmitted)';

update event_publication
set listener_id = 'metrics.rollups.rebuild-imported'
where completion_date is null
  and listener_id = 'io.peakxm.metrics.internal.RollupMaintainer.on(io.peakxm.response.ResponsesImported)';
