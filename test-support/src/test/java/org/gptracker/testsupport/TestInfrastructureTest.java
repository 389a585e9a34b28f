package org.gptracker.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureTest {

    @Test
    void startsOncePerJvm() {
        assertThat(TestInfrastructure.get()).isSameAs(TestInfrastructure.get());
        assertThat(TestInfrastructure.get().mode()).isIn("embedded", "testcontainers");
    }

    @Test
    void createsTheRequestedDatabase() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        String url = infra.jdbcUrl("gp_support_test");
        assertThat(infra.jdbcUrl("gp_support_test")).isEqualTo(url).endsWith("/gp_support_test");

        try (Connection connection = DriverManager.getConnection(url, infra.username(), infra.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_database(), current_setting('server_version_num')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("gp_support_test");
            assertThat(rows.getInt(2)).isBetween(170000, 179999);
        }
    }

    @Test
    void kafkaRoundTrip() throws Exception {
        String servers = TestInfrastructure.get().kafkaBootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("gp.support.test", "key", "value")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "support-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("gp.support.test"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            assertThat(records.iterator().next().value()).isEqualTo("value");
        }
    }
}
