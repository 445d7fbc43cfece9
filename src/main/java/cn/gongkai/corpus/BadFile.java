package cn.gongkai.corpus;

/** A disclosure file that cannot be imported; the message says why, in words staff can act on. */
class BadFile extends Exception {
    BadFile(String reason) {
        super(reason);
    }
}
