-- One PostgreSQL server, one database per service: the event store and the read models.
create database gp_command;
create database gp_query;
