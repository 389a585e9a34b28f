package org.gptracker.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceJavaTest {

    private static final Runtime.Version RUNNING = Runtime.Version.parse("17.0.15");

    @TempDir
    Path jvms;

    @Test
    void theServicesRunOnTheNewestJavaInstalledBesideTheRunningOne() throws IOException {
        Path running = installation("java-17-openjdk-amd64", "17.0.15");
        Path newest = installation("temurin-25-jdk-amd64", "25.0.3");
        installation("temurin-21-jdk-amd64", "21.0.9");

        ServiceJava chosen = ServiceJava.choose(Map.of(), running, RUNNING);

        assertThat(chosen).isEqualTo(new ServiceJava(newest, Runtime.Version.parse("25.0.3")));
        assertThat(chosen.executable()).isEqualTo(newest.resolve("bin/java"));
    }

    @Test
    void withNothingNewerBesideItTheServicesRunOnTheRunningJava() throws IOException {
        Path running = installation("java-17-openjdk-amd64", "17.0.15");
        installation("java-11-openjdk-amd64", "11.0.25");
        Files.createDirectories(jvms.resolve("openjdk-17"));

        assertThat(ServiceJava.choose(Map.of(), running, RUNNING)).isEqualTo(new ServiceJava(running, RUNNING));
    }

    @Test
    void anEarlyAccessBuildOrADirectoryWithoutARunnableJavaIsNotChosen() throws IOException {
        Path running = installation("java-17-openjdk-amd64", "17.0.15");
        installation("jdk-27-ea", "27-ea");
        Path withoutJava = Files.createDirectories(jvms.resolve("jre-26"));
        Files.writeString(withoutJava.resolve("release"), "JAVA_VERSION=\"26.0.1\"\n");

        assertThat(ServiceJava.choose(Map.of(), running, RUNNING).home()).isEqualTo(running);
    }

    @Test
    void theEnvironmentNamesTheServicesJavaEvenWhenANewerOneIsInstalled() throws IOException {
        Path running = installation("temurin-25-jdk-amd64", "25.0.3");
        Path named = installation("java-17-openjdk-amd64", "17.0.15");

        ServiceJava chosen = ServiceJava.choose(Map.of(ServiceJava.HOME_VARIABLE, named.toString()), running,
                Runtime.Version.parse("25.0.3"));

        assertThat(chosen).isEqualTo(new ServiceJava(named, RUNNING));
    }

    @Test
    void anEnvironmentNamingNoJavaOrAnOlderOneThanSeventeenIsRefusedWithTheReason() throws IOException {
        Path running = installation("java-17-openjdk-amd64", "17.0.15");
        Path old = installation("java-11-openjdk-amd64", "11.0.25");

        assertThatThrownBy(() -> ServiceJava.choose(Map.of(ServiceJava.HOME_VARIABLE, jvms.resolve("none").toString()), running, RUNNING))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining(ServiceJava.HOME_VARIABLE + "=" + jvms.resolve("none"))
                .hasMessageContaining("is not a Java 17 or newer installation");
        assertThatThrownBy(() -> ServiceJava.choose(Map.of(ServiceJava.HOME_VARIABLE, old.toString()), running, RUNNING))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("is not a Java 17 or newer installation");
    }

    private Path installation(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin")).getParent();
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
        return home;
    }
}
