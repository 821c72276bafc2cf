package vn.greenzone.checkin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.greenzone.TestHttp;

/** A second app node on the suite's database, as behind a load balancer, for the tests of its class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodeFixtures extends CheckinFixtures {

    private ConfigurableApplicationContext nodeB;
    /** Talks to the second node; {@link #http()} to the first. */
    protected TestHttp httpB;

    @BeforeAll
    void startSecondNode() {
        nodeB = startAnotherNode();
        httpB = new TestHttp(portB(), jdbc);
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    protected int portB() {
        return ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }
}
