package cn.gongkai.requests;

/** Where an inquiry came from. */
public enum InquiryChannel { KIOSK, SMS, VOICE, CONSOLE }
