package vn.greenzone.platform;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bouncy Castle builds its Ed25519 tables on first use, a quarter of a second that the first signing key
 * ({@link SigningKeys}) would add to the start; built here on a spare core while Spring reads its configuration
 * (listed in {@code META-INF/spring.factories}).
 */
public final class SignatureWarmUp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Thread.ofPlatform().daemon().name("ed25519-tables").start(Ed25519::precompute);
    }
}
