#!/bin/sh
# Run once by the MySQL image when the database is created (docker-entrypoint-initdb.d).
# The server works as "zhifa": it may read and write rows, nothing else. The schema — tables and the triggers that
# keep the record, chain heads, access log, checkpoints and business keys append-only — belongs to "zhifa_owner",
# which runs the migrations (spring.flyway.user). Without TRIGGER, ALTER, DROP or CREATE the server's own account
# cannot take those triggers away; someone who can is caught by the signed checkpoints (README).
set -eu
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'zhifa'@'%' IDENTIFIED BY '${ZHIFA_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MYSQL_DATABASE}\`.* TO 'zhifa'@'%';
FLUSH PRIVILEGES;
SQL
