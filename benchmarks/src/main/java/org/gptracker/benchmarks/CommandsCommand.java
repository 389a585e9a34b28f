package org.gptracker.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gptracker.benchmarks.commands.CommandLoad;
import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.rebuild.ProcessMemory;

/**
 * {@code commands}: the command phase of {@code all} alone, against a running stack — an unmeasured warm-up of
 * the same command mix, then {@code --clients} clients for {@code --seconds}, with the command service's CPU time
 * per accepted command (its process found by port on this machine); writes commands.json. The load to profile
 * the command service under.
 */
final class CommandsCommand {

    private CommandsCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        Stack stack = Stack.from(args);
        int clients = args.count("clients", 16);
        Duration time = Duration.ofSeconds(args.count("seconds", 60));
        Duration warmUp = Duration.ofSeconds(args.number("warm-up-seconds", AllCommand.WARM_UP_SECONDS));
        long seed = args.number("seed", 20020627);
        long pid = args.number("command-pid", 0);
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        String token = stack.token() != null ? stack.token()
                : GpHttp.devToken(stack.commandUrl(), "command-benchmark", List.of("SECRETARIAT"));
        ProcessMemory service = pid > 0 ? ProcessMemory.of(pid)
                : ProcessMemory.find(List.of("command-service", "--server.port=" + stack.commandUrl().getPort()));
        CommandLoad load = new CommandLoad(stack.commandUrl(), stack.queryUrl(), token, 0, Duration.ofMillis(5));
        if (!warmUp.isZero()) {
            out.printf("warm-up: %d clients for %d s, not measured%n", clients, warmUp.toSeconds());
            load.run(clients, warmUp, seed + 3, out);
        }
        out.printf("measuring: %d clients for %d s%n", clients, time.toSeconds());
        long cpuBefore = service.cpuMillis().orElse(0);
        CommandLoad.Result result = load.run(clients, time, seed, out);
        double cpuSeconds = (service.cpuMillis().orElse(0) - cpuBefore) / 1000.0;
        double perCommand = cpuSeconds * 1000 / Math.max(1, result.accepted());

        Map<String, Object> report = new LinkedHashMap<>(result.asMap());
        report.put("warmUpSeconds", warmUp.toSeconds());
        report.put("commandServicePid", service.pid());
        report.put("commandServiceCpuSeconds", cpuSeconds);
        report.put("commandServiceCpuMsPerCommand", perCommand);
        out.printf("%,.1f commands/s, p50 %.1f ms, p99 %.1f ms, %d errors; the command service used %.2f ms of CPU per accepted command%n",
                result.commandsPerSecond(), result.latency().p50Ms(), result.latency().p99Ms(), result.errors(), perCommand);
        out.println("report: " + reports.write("commands.json", Json.pretty(report)));
    }
}
