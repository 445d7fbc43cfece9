/**
 * Twilio, shared by SMS and voice: settings from the environment, the signature gate, the REST
 * transport, the SMS webhook.
 *
 * <p>May import: outreach, config.
 */
package cn.gongkai.twilio;
