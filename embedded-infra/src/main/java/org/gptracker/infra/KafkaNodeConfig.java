package org.gptracker.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Broker settings for one combined broker+controller node. */
final class KafkaNodeConfig {

    static final String NODE_ID = "1";

    private KafkaNodeConfig() {
    }

    static Map<String, String> singleNode(Path logDirectory, int brokerPort, int controllerPort) {
        String host = Ports.LOOPBACK;
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", NODE_ID);
        config.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDirectory.toAbsolutePath().toString());

        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "6");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("num.partitions", "6");
        // The log is the system of record (replayable), so nothing ages out by default; and consumer
        // group offsets must outlive a local stack that was not started for a week (default 7 days).
        config.put("log.retention.ms", "-1");
        config.put("offsets.retention.minutes", String.valueOf(10 * 365 * 24 * 60));
        return config;
    }
}
