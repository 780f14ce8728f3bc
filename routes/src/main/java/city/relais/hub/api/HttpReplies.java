package city.relais.hub.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Sets status, content type and body of an HTTP reply on a Camel message. */
public final class HttpReplies {

    public static final String JSON = "application/json";

    private HttpReplies() {
    }

    public static void reply(Exchange exchange, int status, String contentType, String body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(body);
    }
}
