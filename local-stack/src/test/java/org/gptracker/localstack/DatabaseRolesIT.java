package org.gptracker.localstack;

import org.gptracker.infra.EmbeddedPostgresServer;
import org.gptracker.infra.Ports;
import org.gptracker.infra.SigningKeys;
import org.gptracker.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database roles Compose creates (docker/postgres/init-databases.sql, run here on a PostgreSQL of its own):
 * the command service migrates as the owner and works as gp_command_app, the query service as gp_query, both
 * serve, and none of them can change a stored event or open the other's database.
 */
class DatabaseRolesIT {

    private static final Path INIT_SCRIPT = Path.of("../docker/postgres/init-databases.sql");
    private static final Path LOGS = Path.of(System.getProperty("gp.it.logs", "target/it-logs"), "DatabaseRolesIT");

    private static EmbeddedPostgresServer postgres;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceLaunch command;
    private static ServiceLaunch query;

    @BeforeAll
    static void startBothServicesAsTheirRoles() throws Exception {
        postgres = EmbeddedPostgresServer.start(null, 0, false);
        runAsSuperuser(Files.readString(INIT_SCRIPT));
        String kafka = TestInfrastructure.get().kafkaBootstrapServers();
        SigningKeys keys = SigningKeys.inDirectory(LOGS.resolve("keys"));
        command = new ServiceLaunch("command-service", Ports.free(), "gp_command");
        query = new ServiceLaunch("query-service", Ports.free(), "gp_query");
        List<String> separate = List.of("--gp.relay.topic=gp.events.roles", "--gp.kafka.topic=gp.events.roles",
                "--gp.kafka.dead-letter-topic=gp.events.roles.DLT", "--spring.kafka.consumer.group-id=gp-query-roles");
        List<String> commandArguments = new ArrayList<>(command.arguments(postgres.jdbcUrl("gp_command"),
                "gp_command_app", "gp_command_app", kafka));
        commandArguments.addAll(List.of("--spring.flyway.user=gp_command_owner", "--spring.flyway.password=gp_command_owner"));
        commandArguments.addAll(ServiceLaunch.localTokens(keys));
        commandArguments.addAll(separate);
        List<String> queryArguments = new ArrayList<>(query.arguments(postgres.jdbcUrl("gp_query"), "gp_query", "gp_query", kafka));
        queryArguments.addAll(ServiceLaunch.localTokens(keys));
        queryArguments.addAll(separate);
        queryArguments.add("--gp.command-service.url=" + command.baseUrl());
        Path jars = Path.of(System.getProperty("gp.services.dir", "target/services"));
        ServiceProcess commandService = ServiceProcess.start(command.jar(jars), commandArguments, LOGS.resolve("command-service.log"));
        services.add(commandService);
        ServiceProcess queryService = ServiceProcess.start(query.jar(jars), queryArguments, LOGS.resolve("query-service.log"));
        services.add(queryService);
        ServiceProcess.awaitAllHealthy(Map.of(commandService, command.healthUrl(), queryService, query.healthUrl()),
                RunningServices.STARTUP_TIMEOUT, service -> { });
    }

    @AfterAll
    static void stop() {
        services.forEach(ServiceProcess::stop);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theCommandServiceAppendsAsItsRoleButThatRoleCannotChangeOrDeleteAStoredEvent() throws SQLException {
        String token = new LocalTokens(command.tokensUrl()).mint("{\"sub\":\"roles-it\",\"roles\":[\"SECRETARIAT\"]}");
        JsonHttp.Response admitted = new JsonHttp(token).post(command.baseUrl().resolve("/api/members"),
                "{\"country\":\"JP\",\"admittedOn\":\"2002-06-27\"}");
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);

        try (Connection app = connect("gp_command", "gp_command_app"); Statement statement = app.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from events.domain_event_entry")).satisfies(rows -> {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1);
            });
            for (String change : List.of("update events.domain_event_entry set type = type",
                    "delete from events.domain_event_entry", "truncate events.domain_event_entry")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void neitherServicesRoleCanOpenTheOtherServicesDatabase() {
        assertThatThrownBy(() -> connect("gp_query", "gp_command_app").close()).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> connect("gp_query", "gp_command_owner").close()).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> connect("gp_command", "gp_query").close()).hasMessageContaining("permission denied");
    }

    @Test
    void theQueryServiceMigratedAndReadsItsDatabaseAsItsOwner() {
        String token = new LocalTokens(command.tokensUrl()).mint("{\"sub\":\"roles-it\",\"roles\":[\"VIEWER\"]}");

        JsonHttp.Response presidencies = new JsonHttp(token).get(query.baseUrl().resolve("/api/presidencies"));

        assertThat(presidencies.status()).as(presidencies.body()).isEqualTo(200);
    }

    private static Connection connect(String database, String role) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), role, role);
    }

    /** The script as psql runs it: {@code \\connect NAME} switches to that database; each statement ends a line with ";". */
    private static void runAsSuperuser(String script) throws SQLException {
        String database = "postgres";
        StringBuilder statement = new StringBuilder();
        Connection connection = connectAsSuperuser(database);
        try {
            for (String line : script.split("\n")) {
                if (line.startsWith("\\connect ")) {
                    connection.close();
                    database = line.substring("\\connect ".length()).trim();
                    connection = connectAsSuperuser(database);
                } else if (!line.isBlank() && !line.startsWith("--")) {
                    statement.append(line).append('\n');
                    if (line.stripTrailing().endsWith(";")) {
                        try (Statement sql = connection.createStatement()) {
                            sql.execute(statement.toString());
                        }
                        statement.setLength(0);
                    }
                }
            }
        } finally {
            connection.close();
        }
    }

    private static Connection connectAsSuperuser(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
