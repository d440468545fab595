#include "ml-size-class.h"
int main (void) { return ml_size_class_to_size (1) == 8 ? 0 : 1; }
