package vn.greenzone;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application in a JVM of its own, started from the test classpath as {@code java -jar} would start it, with
 * the embedded PostgreSQL in {@code dataDir}: for tests that kill it with {@code kill -9}, which no in-process
 * context survives. Its output goes to {@code <dataDir>/node-<port>.log}.
 */
public final class AppProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path dataDir;

    private AppProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts a node on a free port and waits until it answers its health check. */
    public static AppProcess start(Path dataDir, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), GreenzoneApplication.class.getName(),
                "--server.port=" + port, "--greenzone.data-dir=" + dataDir.toAbsolutePath(),
                "--greenzone.secret=test-secret-not-for-production",
                // tests stand for many clients on one loopback address by sending X-Forwarded-For
                "--server.forward-headers-strategy=framework"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("node-" + port + ".log").toFile()))
                .start();
        var node = new AppProcess(process, port, dataDir);
        node.awaitHealthy();
        return node;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node on port " + port + " exited with " + process.exitValue()
                        + "; see its log in " + dataDir);
            }
            try {
                var health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The node on port " + port + " was not healthy within " + START_TIMEOUT);
    }

    public int port() {
        return port;
    }

    public TestHttp http() {
        return new TestHttp(port, database());
    }

    /** The node's embedded PostgreSQL, a new connection for each statement (so none outlives a restart). */
    public JdbcClient database() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {postgresPort(dataDir)});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        return JdbcClient.create(dataSource);
    }

    /** {@code kill -9}: no shutdown hook runs, so its embedded PostgreSQL is left running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM), as an operator or a service manager stops it; returns the exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The live postmaster of the embedded PostgreSQL in {@code dataDir}, as its {@code postmaster.pid} names it. */
    public static Optional<ProcessHandle> postmaster(Path dataDir) {
        return pidFile(dataDir).flatMap(lines -> ProcessHandle.of(Long.parseLong(lines.getFirst().strip())))
                .filter(ProcessHandle::isAlive);
    }

    /** Every running postmaster whose data folder is that of {@code dataDir}, whatever its pid file says. */
    public static List<ProcessHandle> postmastersOf(Path dataDir) {
        String folder = dataDir.toAbsolutePath().resolve("postgres").toString();
        return ProcessHandle.allProcesses().filter(process -> {
            List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
            int d = arguments.indexOf("-D");
            return process.info().command().orElse("").endsWith("/postgres") && d >= 0 && d + 1 < arguments.size()
                    && arguments.get(d + 1).equals(folder);
        }).toList();
    }

    private static int postgresPort(Path dataDir) {
        // line 4 of postmaster.pid is the port; the embedded PostgreSQL picks a free one at each start
        return Integer.parseInt(pidFile(dataDir).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running in "
                + dataDir)).get(3).strip());
    }

    private static Optional<List<String>> pidFile(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
            return lines.size() >= 4 ? Optional.of(lines) : Optional.empty();
        } catch (IOException noFile) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
