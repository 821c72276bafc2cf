package vn.greenzone.identity;

import java.io.Serializable;

/** The principal of a signed-in request; small because browser sessions serialise it into PostgreSQL. */
public record SignedInPerson(long personId, String phone) implements Serializable {
}
