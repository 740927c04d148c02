package io.kanava.impl.endpoint;

import org.junit.jupiter.api.Test;

import static io.kanava.impl.endpoint.Admissions.Admission.ADMITTED;
import static io.kanava.impl.endpoint.Admissions.Admission.CHANNEL_FULL;
import static io.kanava.impl.endpoint.Admissions.Admission.PRINCIPAL_FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AdmissionsTest {

    @Test
    void admitsUpToTheChannelsBoundAndAgainOnceOneIsReleased() {
        Admissions admissions = new Admissions(2, 10);

        assertEquals(ADMITTED, admissions.admit(null));
        assertEquals(ADMITTED, admissions.admit("alice"));
        assertEquals(CHANNEL_FULL, admissions.admit(null));
        assertEquals(CHANNEL_FULL, admissions.admit("bob"));

        admissions.release("alice");
        assertEquals(ADMITTED, admissions.admit("bob"));
    }

    @Test
    void boundsEachPrincipalOnItsOwnAndLeavesAnonymousConnectionsToTheChannelsBound() {
        Admissions admissions = new Admissions(100, 2);

        assertEquals(ADMITTED, admissions.admit("alice"));
        assertEquals(ADMITTED, admissions.admit("alice"));
        assertEquals(PRINCIPAL_FULL, admissions.admit("alice"));
        assertEquals(ADMITTED, admissions.admit("bob"));
        for (int i = 0; i < 10; i++) {
            assertEquals(ADMITTED, admissions.admit(null));
        }

        admissions.release("alice");
        assertEquals(ADMITTED, admissions.admit("alice"));
    }

    @Test
    void aRefusalCountsNothingSoTheBoundsStayExact() {
        Admissions admissions = new Admissions(3, 1);

        assertEquals(ADMITTED, admissions.admit("alice"));
        for (int i = 0; i < 5; i++) {
            assertEquals(PRINCIPAL_FULL, admissions.admit("alice"));
        }
        assertEquals(ADMITTED, admissions.admit("bob"));
        assertEquals(ADMITTED, admissions.admit("carol"));
        assertEquals(CHANNEL_FULL, admissions.admit("dave"));
    }
}
