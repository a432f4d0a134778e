-- Locks for background jobs: a job runs on one node at a time when PeakXM runs on several. A node takes a lock by
-- moving locked_until forward only when it has passed (one UPDATE, decided by the database).

create table job_lock (
    name         varchar(100) primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(100)
);
