package cn.gongkai.inquiries;

/** Where an inquiry came from. */
public enum InquiryChannel { KIOSK, SMS, VOICE, CONSOLE }
