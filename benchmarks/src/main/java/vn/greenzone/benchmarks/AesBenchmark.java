package vn.greenzone.benchmarks;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's raw AES-128-ECB rate through the JDK, the ceiling for matching: with the key already
 * set up, how many 16-byte blocks per second one core encrypts. 2304 bytes is one key's 144 RPIs;
 * 65536 bytes shows the rate with per-call overhead amortised further.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AesBenchmark {

    @Param({"2304", "65536"})
    public int bytesPerCall;

    private Cipher cipher;
    private byte[] in;
    private byte[] out;

    @Setup
    public void setUp() throws GeneralSecurityException {
        cipher = Cipher.getInstance("AES/ECB/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"));
        in = new byte[bytesPerCall];
        out = new byte[bytesPerCall];
    }

    @Benchmark
    public byte[] encrypt() throws GeneralSecurityException {
        cipher.doFinal(in, 0, in.length, out, 0);
        return out;
    }
}
