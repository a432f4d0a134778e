-- Sign-in throttling per (e-mail, client address) and per client address replaces the account lock, which let
-- anyone lock anyone out and told who has an account. Failed sign-ins are counted in a window that starts at the
-- first failure (SignInThrottle); email_hash is the SHA-256 of the normalized e-mail typed, or '*' for the count
-- of all e-mails from the address. Kept in the database so that every node sees the same counts.
create table sign_in_failure (
    email_hash     varchar(64) not null,
    client_address varchar(64) not null,
    failures       integer not null,
    window_start   timestamp with time zone not null,
    primary key (email_hash, client_address)
);

create index ix_sign_in_failure_window on sign_in_failure (window_start);

alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
