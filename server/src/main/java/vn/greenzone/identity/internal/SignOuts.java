package vn.greenzone.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every sign-in of a person: their API tokens and their browser sessions. Both live in PostgreSQL
 * and are looked up on each request, so the person is signed out on every node at once.
 */
@Component
public class SignOuts {

    private final ApiTokens tokens;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignOuts(ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    public void everywhere(long personId) {
        tokens.revokeAllOf(personId);
        // Sessions are indexed by the person's id (SignedInPerson#getName), never by their phone.
        sessions.findByPrincipalName(Long.toString(personId)).keySet().forEach(sessions::deleteById);
    }
}
