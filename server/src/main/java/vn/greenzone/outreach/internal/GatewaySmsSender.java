package vn.greenzone.outreach.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;

/**
 * Every module's SMS (sign-in codes, alerts, links) through a telecom gateway when one is configured; it takes
 * the place of the outbox sender. A gateway that is down makes the request a 503, which the client repeats.
 */
@Component
@ConditionalOnExpression("'${greenzone.sms.gateway:outbox}' != 'outbox'")
class GatewaySmsSender implements SmsSender {

    private final SmsGateway gateway;

    GatewaySmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(String internationalNumber, String text) {
        try {
            gateway.submit(internationalNumber, text);
        } catch (GatewayException e) {
            throw ProblemException.serviceBusy();
        }
    }
}
