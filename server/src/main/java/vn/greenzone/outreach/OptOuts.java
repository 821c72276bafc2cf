package vn.greenzone.outreach;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.greenzone.platform.ServerSecret;
import vn.greenzone.platform.VietnameseText;

/**
 * Numbers that want no more campaigns, and the two ways to say so: a reply keyword to the gateway, or the link
 * in every campaign message. The link's token is the message id signed with the server secret, so nothing is
 * stored for it and a guessed token names nobody.
 */
@Component
public class OptOuts {

    /** Replies that opt out, folded: "STOP", "Từ chối", "TU CHOI", "huy". */
    private static final Set<String> KEYWORDS = Set.of("stop", "tu choi", "tuchoi", "huy", "dung");
    private static final int SIGNATURE_LENGTH = 16;

    public enum Via { KEYWORD, LINK }

    private final JdbcClient jdbc;
    private final ServerSecret secret;

    public OptOuts(JdbcClient jdbc, ServerSecret secret) {
        this.jdbc = jdbc;
        this.secret = secret;
    }

    /** Records the opt-out once; true when the number had not opted out before. */
    public boolean optOut(String internationalNumber, Via via) {
        return jdbc.sql("insert into sms_opt_out (recipient, via) values (:to, :via) on conflict do nothing")
                .param("to", internationalNumber).param("via", via.name()).update() == 1;
    }

    /** Those of the numbers that opted out. */
    public Set<String> optedOutAmong(Collection<String> internationalNumbers) {
        return internationalNumbers.isEmpty() ? Set.of()
                : Set.copyOf(jdbc.sql("select recipient from sms_opt_out where recipient in (:to)")
                        .param("to", internationalNumbers).query(String.class).list());
    }

    public boolean hasOptedOut(String internationalNumber) {
        return jdbc.sql("select exists (select 1 from sms_opt_out where recipient = :to)")
                .param("to", internationalNumber).query(Boolean.class).single();
    }

    /** The number a stop link was sent to, when its token is genuine. */
    public Optional<String> recipientOfLink(String token) {
        return messageOf(token).flatMap(id -> jdbc.sql("select recipient from campaign_message where id = :id")
                .param("id", id).query(String.class).optional());
    }

    /** True when a reply asks to stop, whatever its case, accents and surrounding spaces. */
    public static boolean isStopKeyword(String reply) {
        return reply != null && KEYWORDS.contains(VietnameseText.searchKey(reply));
    }

    /** The token of the stop link in message {@code messageId}. */
    public String linkToken(long messageId) {
        String id = Long.toString(messageId, 36);
        return id + "-" + signature(id);
    }

    /** The message a stop link's token was made for, when the token is genuine. */
    Optional<Long> messageOf(String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || !token.substring(dash + 1).equals(signature(token.substring(0, dash)))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(token.substring(0, dash), 36));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String id) {
        return secret.hash("sms-stop:" + id).substring(0, SIGNATURE_LENGTH);
    }
}
