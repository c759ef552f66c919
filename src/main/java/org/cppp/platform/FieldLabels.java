package org.cppp.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a page form's field labels are in the messages: the label of field {@code f} is the message
 * {@code <value>.<f>}, list indices dropped and given as arguments counted from 1 (the label of
 * {@code costItems[2].amountHkd} in a form labelled {@code application} is {@code
 * application.costItems.amountHkd} with argument 3). The template's {@code <label>} uses the same
 * key, so an error names the field as the label shows it. Without this annotation the form's model
 * name is the prefix, or that name without its {@code Form} suffix ({@code factoryForm}: {@code
 * factory.brNumber}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FieldLabels {

  /** The message key prefix of the form's labels. */
  String value();
}
