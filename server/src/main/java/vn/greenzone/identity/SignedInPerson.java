package vn.greenzone.identity;

import java.io.Serializable;
import java.security.Principal;

/**
 * The principal of a signed-in request; small because browser sessions serialise it into PostgreSQL.
 * Its name is the person's id, so the session table holds no phone number.
 */
public record SignedInPerson(long personId, String phone) implements Principal, Serializable {

    @Override
    public String getName() {
        return Long.toString(personId);
    }
}
