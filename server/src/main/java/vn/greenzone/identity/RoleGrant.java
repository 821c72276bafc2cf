package vn.greenzone.identity;

import java.time.Instant;

/** A role held by a person; {@code unitCode} is null for roles that are not official. */
public record RoleGrant(long id, long personId, Role role, String unitCode, Long grantedBy, Instant grantedAt) {
}
