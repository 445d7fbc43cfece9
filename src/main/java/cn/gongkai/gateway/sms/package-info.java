/**
 * The SMS conversation (carrier-neutral: intents, replies within the segment budget, actions) and
 * the SMS gateway that assembles it with a carrier (Twilio today; see outreach for the transport).
 *
 * <p>May import: app, the domain packages, outreach, twilio, corpus, markdown, storage, config.
 */
package cn.gongkai.gateway.sms;
