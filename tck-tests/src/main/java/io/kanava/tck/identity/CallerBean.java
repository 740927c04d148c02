package io.kanava.tck.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * A stateless session bean that tells who called it, as the EJB container sees the caller: one method only callers
 * in role {@code user} may call, and one anyone may.
 */
@Stateless
@DeclareRoles("user")
public class CallerBean {

    @Resource
    SessionContext session;

    /**
     * Answers who the caller is; the container refuses callers without role {@code user}.
     *
     * @return the caller as the EJB container sees it, see {@link #describe()}
     */
    @RolesAllowed("user")
    public String restricted() {
        return describe();
    }

    /**
     * Answers who the caller is; any caller may call.
     *
     * @return the caller's principal name and whether it is in role {@code user}, as
     *     {@code <name> user=<true|false>}
     */
    @PermitAll
    public String describe() {
        return Observation.caller(session.getCallerPrincipal(), session.isCallerInRole("user"));
    }
}
