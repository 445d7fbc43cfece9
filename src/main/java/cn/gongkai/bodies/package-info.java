/**
 * The disclosing bodies (公开主体) of one platform: {@code kiosk-config/bodies.yaml}, or one body
 * named after the hall when a home has no such file. Every document, request, report and
 * scoped staff account belongs to one body; this package says which body is which.
 */
package cn.gongkai.bodies;
