-- One PostgreSQL server, one database per service (and one for Keycloak), each reachable only by its own roles.
-- Run by the postgres image on the first start of an empty volume (psql, as the superuser). Demo passwords:
-- change them, and docker-compose.yml, before the stack is reachable by anyone else.

-- The command service: migrations run as the owner; the service itself as gp_command_app, which may append
-- to the event store and read it but never change or delete a stored event.
create role gp_command_owner login password 'gp_command_owner';
create role gp_command_app login password 'gp_command_app';
create database gp_command owner gp_command_owner;
revoke all on database gp_command from public;
grant connect on database gp_command to gp_command_app;

-- The query service owns its read database: a rebuild creates, renames and drops tables at run time.
create role gp_query login password 'gp_query';
create database gp_query owner gp_query;
revoke all on database gp_query from public;

create role keycloak login password 'keycloak';
create database keycloak owner keycloak;
revoke all on database keycloak from public;

\connect gp_command
-- PostgreSQL 15+ no longer lets every role create in public; the service's tables live in schema events
create schema events authorization gp_command_owner;
grant usage on schema events to gp_command_app;
-- What the owner's migrations create, the service may read and write; afterMigrate.sql (Flyway, command
-- service) then takes UPDATE, DELETE and TRUNCATE on events.domain_event_entry back from every role but its owner.
alter default privileges for role gp_command_owner in schema events
    grant select, insert, update, delete on tables to gp_command_app;
alter default privileges for role gp_command_owner in schema events
    grant usage, select on sequences to gp_command_app;
