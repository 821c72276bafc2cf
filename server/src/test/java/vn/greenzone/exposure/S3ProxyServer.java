package vn.greenzone.exposure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy, a real S3-compatible server, in a JVM of its own on a free loopback port, keeping objects in
 * memory and checking request signatures against one access key. Maven copies its self-contained jar to
 * {@code target/s3proxy} (the server's pom says why it does not run inside the tests' JVM).
 */
final class S3ProxyServer implements AutoCloseable {

    static final String ACCESS_KEY = "greenzone-test";
    static final String SECRET_KEY = "greenzone-test-secret";
    static final String REGION = "us-east-1";
    private static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts S3Proxy with its settings and log in {@code directory}, and waits until it listens. */
    static S3ProxyServer start(Path directory) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: Maven copies it before the tests run");
        }
        try {
            Files.createDirectories(directory);
            int port = freePort();
            Path settings = directory.resolve("s3proxy.properties");
            Files.writeString(settings, """
                    s3proxy.endpoint=http://127.0.0.1:%d
                    s3proxy.authorization=aws-v2-or-v4
                    s3proxy.identity=%s
                    s3proxy.credential=%s
                    jclouds.provider=transient
                    jclouds.identity=unused
                    jclouds.credential=unused
                    """.formatted(port, ACCESS_KEY, SECRET_KEY));
            Path log = directory.resolve("s3proxy.log");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(), "--properties", settings.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var server = new S3ProxyServer(process, URI.create("http://127.0.0.1:" + port));
            // Stopped by close(); the hook covers a test JVM that ends without reaching it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            server.awaitListening(port, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start S3Proxy", e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /**
     * A client of its own, independent of the one the application under test builds. S3Proxy, like other
     * stores than Amazon's, refuses the checksums the SDK sends by default (501 on reads, 400 on writes).
     */
    S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(int port, Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("S3Proxy not listening after " + START_TIMEOUT + ":\n" + Files.readString(log));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while S3Proxy starts", e);
                }
            }
        }
    }
}
